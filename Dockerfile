# One image for web, worker and poller; the command picks the role.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY consultant ./consultant
COPY workers ./workers
COPY templates ./templates
COPY config ./config
RUN pip install --no-cache-dir -e . && useradd --system --home /app consultant && mkdir -p /app/var && chown consultant /app/var
USER consultant
CMD ["consultant", "serve", "--host", "0.0.0.0"]
