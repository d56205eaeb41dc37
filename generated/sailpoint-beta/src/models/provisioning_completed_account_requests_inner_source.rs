//! `ProvisioningCompletedAccountRequestsInnerSource`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items/properties/source`.

use crate::models::ProvisioningCompletedAccountRequestsInnerSourceType;

/// Source that ISC is provisioning access on.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ProvisioningCompletedAccountRequestsInnerSource {
    /// Source ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Source DTO type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProvisioningCompletedAccountRequestsInnerSourceType>,
    /// Source name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningCompletedAccountRequestsInnerSource {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        r#type: ProvisioningCompletedAccountRequestsInnerSourceType,
        name: impl Into<String>,
    ) -> Self {
        ProvisioningCompletedAccountRequestsInnerSource {
            id: id.into(),
            r#type: Some(r#type),
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningCompletedAccountRequestsInnerSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ProvisioningCompletedAccountRequestsInnerSource {
    const NAME: &'static str = "ProvisioningCompletedAccountRequestsInnerSource";

    #[inline]
    fn empty() -> Self {
        ProvisioningCompletedAccountRequestsInnerSource {
            id: Default::default(),
            r#type: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
