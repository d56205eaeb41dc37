//! `AccessItemAssociated`, from `beta/schemas/AccessItemAssociated.yaml`.

use crate::models::{
    AccessItemAssociatedAccessItem, AccessItemAssociatedAccessItemType,
    CorrelatedGovernanceEvent,
};

/// `AccessItemAssociated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemAssociated {
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
    /// the identity id
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessItem", default, skip_serializing_if = "Option::is_none")]
    pub access_item: Option<AccessItemAssociatedAccessItem>,
    #[serde(rename = "governanceEvent", default)]
    pub governance_event: Option<CorrelatedGovernanceEvent>,
    /// the access item type
    #[serde(rename = "accessItemType", default, skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<AccessItemAssociatedAccessItemType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemAssociated {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(access_item: AccessItemAssociatedAccessItem) -> Self {
        AccessItemAssociated {
            event_type: None,
            date_time: None,
            identity_id: None,
            access_item: Some(access_item),
            governance_event: None,
            access_item_type: None,
            additional_properties: Default::default(),
        }
    }
}
