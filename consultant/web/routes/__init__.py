"""The app's routers, one file per area of the screen; each router carries
its role guard so no route can be added without one."""
from . import admin, cases, decide, edit, login, ops, queue, status

ROUTERS = [ops.router, login.router, queue.router, cases.router, edit.router, decide.router,
           status.router, admin.router]
