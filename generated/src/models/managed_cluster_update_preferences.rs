//! `ManagedClusterUpdatePreferences`, from `beta/schemas/ManagedCluster.yaml#/properties/updatePreferences`.

use crate::models::ManagedClusterUpdatePreferencesUpdateState;

/// The preference for applying updates for the cluster
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedClusterUpdatePreferences {
    /// The processGroups for updatePreferences
    #[serde(
        rename = "processGroups",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub process_groups: Option<String>,
    /// The current updateState for the cluster
    #[serde(rename = "updateState", default, skip_serializing_if = "Option::is_none")]
    pub update_state: Option<ManagedClusterUpdatePreferencesUpdateState>,
    /// The mail id to which new releases will be notified
    #[serde(
        rename = "notificationEmail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub notification_email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedClusterUpdatePreferences {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManagedClusterUpdatePreferences {
            process_groups: None,
            update_state: None,
            notification_email: None,
            additional_properties: Default::default(),
        }
    }
}
