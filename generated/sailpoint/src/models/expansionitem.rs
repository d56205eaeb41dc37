//! `Expansionitem`, from `apis/search/schemas/expansionitem.yaml`.

use crate::models::{Accountsource, Attributerequest};

/// `Expansionitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Expansionitem {
    /// The ID of the account
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Cause of the expansion item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    /// The name of the item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "attributeRequest", skip_serializing_if = "Option::is_none")]
    pub attribute_request: Option<Attributerequest>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Accountsource>,
    /// ID of the expansion item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// State of the expansion item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Expansionitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Expansionitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Expansionitem {
    const NAME: &'static str = "Expansionitem";

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
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "cause" => self.cause = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "attributeRequest" => self.attribute_request = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "state" => self.state = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
