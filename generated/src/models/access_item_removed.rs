//! `AccessItemRemoved`, from `beta/schemas/AccessItemRemoved.yaml`.

use crate::models::{
    AccessItemRemovedAccessItem, AccessItemRemovedAccessItemType,
    CorrelatedGovernanceEvent,
};

/// `AccessItemRemoved` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemRemoved {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessItem", default, skip_serializing_if = "Option::is_none")]
    pub access_item: Option<AccessItemRemovedAccessItem>,
    /// the identity id
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// the event type
    #[serde(
        rename = "eventType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(
        rename = "dateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub date_time: Option<String>,
    /// the access item type
    #[serde(rename = "accessItemType", default, skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<AccessItemRemovedAccessItemType>,
    #[serde(
        rename = "governanceEvent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub governance_event: Option<CorrelatedGovernanceEvent>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemRemoved {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(access_item: AccessItemRemovedAccessItem) -> Self {
        AccessItemRemoved {
            access_item: Some(access_item),
            identity_id: None,
            event_type: None,
            date_time: None,
            access_item_type: None,
            governance_event: None,
            additional_properties: Default::default(),
        }
    }
}
