"""Mail: limits, headers, guard, parse, render, send, and the two intakes."""
