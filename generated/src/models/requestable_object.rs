//! `RequestableObject`, from `v3/schemas/RequestableObject.yaml`.

use crate::models::{
    IdentityReferenceWithNameAndEmail, RequestableObjectRequestStatus,
    RequestableObjectType,
};

/// `RequestableObject` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestableObject {
    /// Id of the requestable object itself
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the requestable object
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The time when the requestable object was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when the requestable object was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Description of the requestable object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RequestableObjectType>,
    #[serde(rename = "requestStatus", default, skip_serializing_if = "Option::is_none")]
    pub request_status: Option<RequestableObjectRequestStatus>,
    /// If *requestStatus* is *PENDING*, indicates the id of the associated account activity.
    #[serde(
        rename = "identityRequestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_request_id: Option<String>,
    #[serde(rename = "ownerRef", default, skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<IdentityReferenceWithNameAndEmail>,
    /// Whether the requester must provide comments when requesting the object.
    #[serde(
        rename = "requestCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub request_comments_required: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestableObject {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestableObject {
            id: None,
            name: None,
            created: None,
            modified: None,
            description: None,
            r#type: None,
            request_status: None,
            identity_request_id: None,
            owner_ref: None,
            request_comments_required: None,
            additional_properties: Default::default(),
        }
    }
}
