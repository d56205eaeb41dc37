//! `Commonaccessitemaccess`, from `apis/iai-common-access/schemas/commonaccessitemaccess.yaml`.

use crate::models::Commonaccesstype;

/// `Commonaccessitemaccess` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Commonaccessitemaccess {
    /// Common access ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Common access type (ROLE or ACCESS_PROFILE)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Commonaccesstype>,
    /// Common access name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Common access description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Common access owner name
    #[serde(rename = "ownerName", skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
    /// Common access owner ID
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Commonaccessitemaccess {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Commonaccessitemaccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Commonaccessitemaccess {
    const NAME: &'static str = "Commonaccessitemaccess";

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
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ownerName" => {
                self.owner_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
