//! `Servicedeskintegrationtemplatedto`, from `apis/service-desk-integration/schemas/servicedeskintegrationtemplatedto.yaml`.

use crate::models::Provisioningconfig;

/// `Servicedeskintegrationtemplatedto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Servicedeskintegrationtemplatedto {
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
    /// The 'type' property specifies the type of the Service Desk integration template.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// The 'attributes' property value is a map of attributes available for integrations using this Service Desk integration template.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// The 'provisioningConfig' property specifies the configuration used to provision integrations using the template.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "provisioningConfig", skip_serializing_if = "Option::is_none")]
    pub provisioning_config: Option<Provisioningconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Servicedeskintegrationtemplatedto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: impl Into<String>,
        attributes: serde_json::Map<String, serde_json::Value>,
        provisioning_config: Provisioningconfig,
    ) -> Self {
        Servicedeskintegrationtemplatedto {
            id: None,
            name: None,
            created: None,
            modified: None,
            r#type: r#type.into(),
            attributes,
            provisioning_config: Some(provisioning_config),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Servicedeskintegrationtemplatedto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Servicedeskintegrationtemplatedto {
    const NAME: &'static str = "Servicedeskintegrationtemplatedto";

    #[inline]
    fn empty() -> Self {
        Servicedeskintegrationtemplatedto {
            id: None,
            name: None,
            created: None,
            modified: None,
            r#type: Default::default(),
            attributes: Default::default(),
            provisioning_config: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "provisioningConfig" => self.provisioning_config = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
