//! `Intelprivilegedaccessitemwire`, from `apis/intelligence/schemas/intelprivilegedaccessitemwire.yaml`.

use crate::models::{IntelprivilegedaccessitemwireSource, Intelprivilegelevel};

/// `Intelprivilegedaccessitemwire` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelprivilegedaccessitemwire {
    /// True when this item is classified as privileged access for the identity.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub privileged: bool,
    /// Effective privilege classification for the privileged access item.
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<Intelprivilegelevel>,
    /// Identifier of the privileged access item.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Type of privileged access object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Display label for the privileged access item in administrative experiences.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Technical name of the privileged access item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Source metadata associated with the privileged access item when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<IntelprivilegedaccessitemwireSource>,
    /// Source attribute name that carries the privileged value when applicable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Privileged value on the source attribute when applicable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelprivilegedaccessitemwire {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        privileged: bool,
        id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Intelprivilegedaccessitemwire {
            privileged,
            privilege_level: None,
            id: id.into(),
            r#type: r#type.into(),
            display_name: None,
            name: None,
            source: None,
            attribute: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelprivilegedaccessitemwire {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelprivilegedaccessitemwire {
    const NAME: &'static str = "Intelprivilegedaccessitemwire";

    #[inline]
    fn empty() -> Self {
        Intelprivilegedaccessitemwire {
            privileged: Default::default(),
            privilege_level: None,
            id: Default::default(),
            r#type: Default::default(),
            display_name: None,
            name: None,
            source: None,
            attribute: None,
            value: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "privileged" => self.privileged = map.next_value_seed(crate::lenient::Flag)?,
            "privilegeLevel" => self.privilege_level = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "source" => self.source = map.next_value()?,
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
