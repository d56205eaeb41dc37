//! `Passwordpolicyholdersdto`, from `apis/sources/schemas/passwordpolicyholdersdto.yaml`.

use crate::models::PasswordpolicyholdersdtoInner;

/// List of PasswordPolicyHoldersDto
pub type Passwordpolicyholdersdto = Vec<PasswordpolicyholdersdtoInner>;
