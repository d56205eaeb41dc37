//! The data types of requests and responses, one module per type.

#[cfg(feature = "access-model-metadata")]
mod attribute_dto;
#[cfg(feature = "access-model-metadata")]
pub use attribute_dto::AttributeDto;

#[cfg(feature = "identities")]
mod create_identity_token200_response;
#[cfg(feature = "identities")]
pub use create_identity_token200_response::CreateIdentityToken200Response;

#[cfg(feature = "identities")]
mod create_identity_token_request;
#[cfg(feature = "identities")]
pub use create_identity_token_request::CreateIdentityTokenRequest;

#[cfg(any(feature = "access-model-metadata", feature = "identities"))]
mod error_message_dto;
#[cfg(any(feature = "access-model-metadata", feature = "identities"))]
pub use error_message_dto::ErrorMessageDto;

#[cfg(any(feature = "access-model-metadata", feature = "identities"))]
mod error_message_dto_locale_origin;
#[cfg(any(feature = "access-model-metadata", feature = "identities"))]
pub use error_message_dto_locale_origin::ErrorMessageDtoLocaleOrigin;

#[cfg(any(feature = "access-model-metadata", feature = "identities"))]
mod error_response_dto;
#[cfg(any(feature = "access-model-metadata", feature = "identities"))]
pub use error_response_dto::ErrorResponseDto;

#[cfg(feature = "identities")]
mod import_identities_request;
#[cfg(feature = "identities")]
pub use import_identities_request::ImportIdentitiesRequest;

#[cfg(feature = "access-model-metadata")]
mod json_patch_operation;
#[cfg(feature = "access-model-metadata")]
pub use json_patch_operation::JsonPatchOperation;

#[cfg(feature = "access-model-metadata")]
mod json_patch_operation_op;
#[cfg(feature = "access-model-metadata")]
pub use json_patch_operation_op::JsonPatchOperationOp;

#[cfg(feature = "access-model-metadata")]
mod json_patch_operation_value;
#[cfg(feature = "access-model-metadata")]
pub use json_patch_operation_value::JsonPatchOperationValue;

#[cfg(feature = "access-model-metadata")]
mod list_access_model_metadata_attributes_sort;
#[cfg(feature = "access-model-metadata")]
pub use list_access_model_metadata_attributes_sort::ListAccessModelMetadataAttributesSort;

#[cfg(feature = "access-model-metadata")]
mod move_options;
#[cfg(feature = "access-model-metadata")]
pub use move_options::MoveOptions;

#[cfg(feature = "identities")]
mod search_identities200_response;
#[cfg(feature = "identities")]
pub use search_identities200_response::SearchIdentities200Response;

#[cfg(feature = "identities")]
mod search_identities200_response_hits_inner;
#[cfg(feature = "identities")]
pub use search_identities200_response_hits_inner::SearchIdentities200ResponseHitsInner;

#[cfg(feature = "identities")]
mod search_identities_request;
#[cfg(feature = "identities")]
pub use search_identities_request::SearchIdentitiesRequest;

#[cfg(feature = "identities")]
mod task_result;
#[cfg(feature = "identities")]
pub use task_result::TaskResult;

#[cfg(feature = "identities")]
mod task_result_status;
#[cfg(feature = "identities")]
pub use task_result_status::TaskResultStatus;

#[cfg(feature = "identities")]
mod upload_identity_attachment_request;
#[cfg(feature = "identities")]
pub use upload_identity_attachment_request::UploadIdentityAttachmentRequest;

#[cfg(feature = "identities")]
mod upload_identity_attachment_request2;
#[cfg(feature = "identities")]
pub use upload_identity_attachment_request2::UploadIdentityAttachmentRequest2;
