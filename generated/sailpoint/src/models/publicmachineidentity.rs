//! `Publicmachineidentity`, from `apis/public-machine-identities/schemas/publicmachineidentity.yaml`.

use crate::models::Publicmachineidentityowner;

/// Reduced machine identity details for public catalog and request workflows.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Publicmachineidentity {
    /// Machine identity id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Machine identity subtype. Present when your tenant returns enriched public machine identity data; otherwise omitted or null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// Primary owner of the machine identity. Present when your tenant returns enriched public machine identity data and a primary owner is configured; otherwise omitted or null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Publicmachineidentityowner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Publicmachineidentity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Publicmachineidentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Publicmachineidentity {
    const NAME: &'static str = "Publicmachineidentity";

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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "subtype" => self.subtype = map.next_value_seed(crate::lenient::TextOption)?,
            "owner" => self.owner = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
