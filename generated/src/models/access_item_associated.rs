//! `AccessItemAssociated`, from `beta/schemas/AccessItemAssociated.yaml`.

use crate::models::{
    AccessItemAssociatedAccessItem, AccessItemAssociatedAccessItemType,
    CorrelatedGovernanceEvent,
};

/// `AccessItemAssociated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(rename = "accessItem")]
    pub access_item: AccessItemAssociatedAccessItem,
    #[serde(rename = "governanceEvent", default)]
    pub governance_event: Option<CorrelatedGovernanceEvent>,
    /// the access item type
    #[serde(rename = "accessItemType", default, skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<AccessItemAssociatedAccessItemType>,
}

impl AccessItemAssociated {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(access_item: AccessItemAssociatedAccessItem) -> Self {
        AccessItemAssociated {
            event_type: None,
            date_time: None,
            identity_id: None,
            access_item,
            governance_event: None,
            access_item_type: None,
        }
    }
}
