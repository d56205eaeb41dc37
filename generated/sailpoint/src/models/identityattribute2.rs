//! `Identityattribute2`, from `apis/identity-attributes/schemas/identityattribute-2.yaml`.

use crate::models::Source2;

/// `Identityattribute2` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityattribute2 {
    /// Identity attribute's technical name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Identity attribute's business-friendly name.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Indicates whether the attribute is 'standard' or 'default'.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standard: Option<bool>,
    /// Identity attribute's type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Indicates whether the identity attribute is multi-valued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multi: Option<bool>,
    /// Indicates whether the identity attribute is searchable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub searchable: Option<bool>,
    /// Indicates whether the identity attribute is 'system', meaning that it doesn't have a source and isn't configurable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<bool>,
    /// Identity attribute's list of sources - this specifies how the rule's value is derived.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<Source2>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityattribute2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Identityattribute2 {
            name: name.into(),
            display_name: None,
            standard: None,
            r#type: None,
            multi: None,
            searchable: None,
            system: None,
            sources: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identityattribute2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityattribute2 {
    const NAME: &'static str = "Identityattribute2";

    #[inline]
    fn empty() -> Self {
        Identityattribute2 {
            name: Default::default(),
            display_name: None,
            standard: None,
            r#type: None,
            multi: None,
            searchable: None,
            system: None,
            sources: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "standard" => {
                self.standard = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "multi" => self.multi = map.next_value_seed(crate::lenient::FlagOption)?,
            "searchable" => {
                self.searchable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "system" => self.system = map.next_value_seed(crate::lenient::FlagOption)?,
            "sources" => self.sources = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
