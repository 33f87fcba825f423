variable "environment" {
  type    = string
  default = "staging"
}

variable "artifact_bucket_force_destroy" {
  type    = bool
  default = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "inventory-db-2024"
}
