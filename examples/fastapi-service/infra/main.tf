resource "aws_kms_key" "data" {
  description         = "Inventory data"
  enable_key_rotation = true
}

# Documents: KMS encryption, versioning and a full public access block.
resource "aws_s3_bucket" "documents" {
  bucket = "inventory-documents-${var.environment}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "documents" {
  bucket = aws_s3_bucket.documents.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_versioning" "documents" {
  bucket = aws_s3_bucket.documents.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "documents" {
  bucket                  = aws_s3_bucket.documents.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Build artifacts: no encryption setting, no versioning, no public access block.
resource "aws_s3_bucket" "artifacts" {
  bucket        = "inventory-artifacts-${var.environment}"
  force_destroy = var.artifact_bucket_force_destroy
}

resource "aws_security_group" "api" {
  name = "inventory-api"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "inventory" {
  identifier          = "inventory-${var.environment}"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  username            = "inventory"
  password            = var.db_password
  storage_encrypted   = true
  publicly_accessible = false
}

resource "aws_api_gateway_stage" "v1" {
  rest_api_id   = "abc123"
  deployment_id = "def456"
  stage_name    = "v1"
}
