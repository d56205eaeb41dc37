//! `ManagedclusterUpdatePreferences`, from `apis/managed-clusters/schemas/managedcluster.yaml#/properties/updatePreferences`.

use crate::models::ManagedclusterUpdatePreferencesUpdateState;

/// The preference for applying updates for the cluster
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ManagedclusterUpdatePreferences {
    /// The processGroups for updatePreferences
    #[serde(rename = "processGroups", skip_serializing_if = "Option::is_none")]
    pub process_groups: Option<String>,
    /// The current updateState for the cluster
    #[serde(rename = "updateState", skip_serializing_if = "Option::is_none")]
    pub update_state: Option<ManagedclusterUpdatePreferencesUpdateState>,
    /// The mail id to which new releases will be notified
    #[serde(rename = "notificationEmail", skip_serializing_if = "Option::is_none")]
    pub notification_email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedclusterUpdatePreferences {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedclusterUpdatePreferences {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ManagedclusterUpdatePreferences {
    const NAME: &'static str = "ManagedclusterUpdatePreferences";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "processGroups" => {
                self.process_groups = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "updateState" => self.update_state = map.next_value()?,
            "notificationEmail" => {
                self.notification_email = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
