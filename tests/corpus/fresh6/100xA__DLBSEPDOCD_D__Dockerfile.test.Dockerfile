FROM python:3.11-slim

# Install system dependencies
RUN apt-get update && apt-get install -y \
    postgresql-client \
    gcc \
    libc6-dev \
    libpq-dev \
    curl \
    && rm -rf /var/lib/apt/lists/*

# Set work directory
WORKDIR /app

# Copy project files for dependency installation
COPY pyproject.toml ./

# Install Python dependencies using pip
RUN pip install .

# Copy the rest of the project
COPY . .

# Create logs directory
RUN mkdir -p logs

# Create a non-root user
RUN useradd --create-home --shell /bin/bash devops && \
    chown -R devops:devops /app
USER devops

# Default command
CMD ["python", "-m", "pytest"] 