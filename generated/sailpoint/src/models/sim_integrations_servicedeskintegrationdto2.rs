//! `SimIntegrationsServicedeskintegrationdto2`, from `apis/sim-integrations/schemas/servicedeskintegrationdto.yaml#/allOf/0`.

use crate::models::{
    Ownerdto, SimIntegrationsBeforeprovisioningruledto,
    SimIntegrationsProvisioningconfig, SimIntegrationsSourceclusterdto,
};

/// Service Desk integration's specification.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SimIntegrationsServicedeskintegrationdto2 {
    /// Unique identifier for the Service Desk integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Service Desk integration's name. The name must be unique.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The date and time the Service Desk integration was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time the Service Desk integration was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Service Desk integration's description.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Service Desk integration types:
    ///
    /// - ServiceNowSDIM
    /// - ServiceNow
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    #[serde(rename = "ownerRef", skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<Ownerdto>,
    #[serde(rename = "clusterRef", skip_serializing_if = "Option::is_none")]
    pub cluster_ref: Option<SimIntegrationsSourceclusterdto>,
    /// Cluster ID for the Service Desk integration (replaced by clusterRef, retained for backward compatibility).
    ///
    /// **Deprecated** in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Source IDs for the Service Desk integration (replaced by provisioningConfig.managedSResourceRefs, but retained here for backward compatibility).
    ///
    /// **Deprecated** in the spec.
    #[serde(rename = "managedSources", skip_serializing_if = "Option::is_none")]
    pub managed_sources: Option<Vec<String>>,
    /// The 'provisioningConfig' property specifies the configuration used to provision integrations.
    #[serde(rename = "provisioningConfig", skip_serializing_if = "Option::is_none")]
    pub provisioning_config: Option<SimIntegrationsProvisioningconfig>,
    /// Service Desk integration's attributes. Validation constraints enforced by the implementation.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    #[serde(rename = "beforeProvisioningRule", skip_serializing_if = "Option::is_none")]
    pub before_provisioning_rule: Option<SimIntegrationsBeforeprovisioningruledto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SimIntegrationsServicedeskintegrationdto2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<String>,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        SimIntegrationsServicedeskintegrationdto2 {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: description.into(),
            r#type: r#type.into(),
            owner_ref: None,
            cluster_ref: None,
            cluster: None,
            managed_sources: None,
            provisioning_config: None,
            attributes,
            before_provisioning_rule: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SimIntegrationsServicedeskintegrationdto2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SimIntegrationsServicedeskintegrationdto2 {
    const NAME: &'static str = "SimIntegrationsServicedeskintegrationdto2";

    #[inline]
    fn empty() -> Self {
        SimIntegrationsServicedeskintegrationdto2 {
            id: None,
            name: Default::default(),
            created: None,
            modified: None,
            description: Default::default(),
            r#type: Default::default(),
            owner_ref: None,
            cluster_ref: None,
            cluster: None,
            managed_sources: None,
            provisioning_config: None,
            attributes: Default::default(),
            before_provisioning_rule: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "ownerRef" => self.owner_ref = map.next_value()?,
            "clusterRef" => self.cluster_ref = map.next_value()?,
            "cluster" => self.cluster = map.next_value_seed(crate::lenient::TextOption)?,
            "managedSources" => self.managed_sources = map.next_value()?,
            "provisioningConfig" => self.provisioning_config = map.next_value()?,
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "beforeProvisioningRule" => self.before_provisioning_rule = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
