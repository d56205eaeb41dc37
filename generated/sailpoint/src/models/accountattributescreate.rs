//! `Accountattributescreate`, from `apis/accounts/schemas/accountattributescreate.yaml`.

use crate::models::AccountattributescreateAttributes;

/// `Accountattributescreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountattributescreate {
    /// The schema attribute values for the account
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<AccountattributescreateAttributes>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountattributescreate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(attributes: AccountattributescreateAttributes) -> Self {
        Accountattributescreate {
            attributes: Some(attributes),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountattributescreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountattributescreate {
    const NAME: &'static str = "Accountattributescreate";

    #[inline]
    fn empty() -> Self {
        Accountattributescreate {
            attributes: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
