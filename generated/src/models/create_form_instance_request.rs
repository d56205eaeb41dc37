//! `CreateFormInstanceRequest`, from `beta/schemas/forms/CreateFormInstanceRequest.yaml`.

use crate::models::{
    CreateFormInstanceRequestState, FormInstanceCreatedBy, FormInstanceRecipient,
};

/// `CreateFormInstanceRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateFormInstanceRequest {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<FormInstanceCreatedBy>,
    /// Expire is required
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub expire: String,
    /// FormDefinitionID is the id of the form definition that created this form
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "formDefinitionId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub form_definition_id: String,
    /// FormInput is an object of form input labels to value
    #[serde(rename = "formInput", default, skip_serializing_if = "Option::is_none")]
    pub form_input: Option<serde_json::Map<String, serde_json::Value>>,
    /// Recipients is required
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub recipients: Vec<FormInstanceRecipient>,
    /// StandAloneForm is a boolean flag to indicate if this form should be available for users to complete via the standalone form UI or should this only be available to be completed by as an embedded form
    #[serde(
        rename = "standAloneForm",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub stand_alone_form: Option<bool>,
    /// State is required, if not present initial state is FormInstanceStateAssigned
    /// ASSIGNED FormInstanceStateAssigned
    /// IN_PROGRESS FormInstanceStateInProgress
    /// SUBMITTED FormInstanceStateSubmitted
    /// COMPLETED FormInstanceStateCompleted
    /// CANCELLED FormInstanceStateCancelled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<CreateFormInstanceRequestState>,
    /// TTL an epoch timestamp in seconds, it most be in seconds or dynamodb will ignore it
    /// SEE: <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html>
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateFormInstanceRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        created_by: FormInstanceCreatedBy,
        expire: impl Into<String>,
        form_definition_id: impl Into<String>,
        recipients: Vec<FormInstanceRecipient>,
    ) -> Self {
        CreateFormInstanceRequest {
            created_by: Some(created_by),
            expire: expire.into(),
            form_definition_id: form_definition_id.into(),
            form_input: None,
            recipients,
            stand_alone_form: None,
            state: None,
            ttl: None,
            additional_properties: Default::default(),
        }
    }
}
