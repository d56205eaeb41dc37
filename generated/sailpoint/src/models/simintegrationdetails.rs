//! `Simintegrationdetails`, from `apis/sim-integrations/schemas/simintegrationdetails.yaml`.

use crate::models::SimintegrationdetailsBeforeProvisioningRule;

/// `Simintegrationdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Simintegrationdetails {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The description of the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The integration type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The attributes map containing the credentials used to configure the integration.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Value>,
    /// The list of sources (managed resources)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<String>>,
    /// The cluster/proxy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Custom mapping between the integration result and the provisioning result
    #[serde(rename = "statusMap", skip_serializing_if = "Option::is_none")]
    pub status_map: Option<serde_json::Map<String, serde_json::Value>>,
    /// Request data to customize desc and body of the created ticket
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<serde_json::Map<String, serde_json::Value>>,
    /// Before provisioning rule of integration
    #[serde(rename = "beforeProvisioningRule", skip_serializing_if = "Option::is_none")]
    pub before_provisioning_rule: Option<SimintegrationdetailsBeforeProvisioningRule>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Simintegrationdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Simintegrationdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Simintegrationdetails {
    const NAME: &'static str = "Simintegrationdetails";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "attributes" => self.attributes = map.next_value()?,
            "sources" => self.sources = map.next_value()?,
            "cluster" => self.cluster = map.next_value_seed(crate::lenient::TextOption)?,
            "statusMap" => self.status_map = map.next_value()?,
            "request" => self.request = map.next_value()?,
            "beforeProvisioningRule" => self.before_provisioning_rule = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
