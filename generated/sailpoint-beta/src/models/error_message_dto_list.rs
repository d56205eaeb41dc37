//! `ErrorMessageDtoList`, from `v2024/schemas/ErrorMessageDtoList.yaml`.

use crate::models::ErrorMessageDto;

/// List of error messages
pub type ErrorMessageDtoList = Vec<ErrorMessageDto>;
