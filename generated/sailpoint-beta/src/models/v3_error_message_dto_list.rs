//! `V3ErrorMessageDtoList`, from `v3/schemas/ErrorMessageDtoList.yaml`.

use crate::models::V3ErrorMessageDto;

/// `V3ErrorMessageDtoList` as the spec defines it.
pub type V3ErrorMessageDtoList = Vec<V3ErrorMessageDto>;
