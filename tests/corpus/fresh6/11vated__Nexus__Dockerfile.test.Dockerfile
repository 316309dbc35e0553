FROM python:3.11-slim

WORKDIR /app

RUN apt-get update && apt-get install -y --no-install-recommends \
    build-essential \
    git \
    curl \
    && rm -rf /var/lib/apt/lists/*

COPY pyproject.toml .
RUN pip install --no-cache-dir -e ".[dev]"

COPY . .

ENV PYTHONPATH=/app/src
ENV PYTHONUNBUFFERED=1

CMD ["pytest", "tests/", "-v", "--cov=nexus", "--cov-report=xml", "--cov-report=term"]