//! `ProvisioningcompletedRequester`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/requester`.

use crate::models::ProvisioningcompletedRequesterType;

/// Provisioning requester's identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ProvisioningcompletedRequester {
    /// Provisioning requester's DTO type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProvisioningcompletedRequesterType>,
    /// Provisioning requester's identity ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Provisioning owner's human-readable display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningcompletedRequester {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: ProvisioningcompletedRequesterType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        ProvisioningcompletedRequester {
            r#type: Some(r#type),
            id: id.into(),
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningcompletedRequester {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ProvisioningcompletedRequester {
    const NAME: &'static str = "ProvisioningcompletedRequester";

    #[inline]
    fn empty() -> Self {
        ProvisioningcompletedRequester {
            r#type: None,
            id: Default::default(),
            name: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
