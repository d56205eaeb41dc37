//! `Attrsyncsourceattributeconfig`, from `apis/sources/schemas/attrsyncsourceattributeconfig.yaml`.

/// Specification of source attribute sync mapping configuration for an identity attribute
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attrsyncsourceattributeconfig {
    /// Name of the identity attribute
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Display name of the identity attribute
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Determines whether or not the attribute is enabled for synchronization
    ///
    /// A server's absent or `null` member reads as `false`.
    pub enabled: bool,
    /// Name of the source account attribute to which the identity attribute value will be synchronized if enabled
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub target: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attrsyncsourceattributeconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        display_name: impl Into<String>,
        enabled: bool,
        target: impl Into<String>,
    ) -> Self {
        Attrsyncsourceattributeconfig {
            name: name.into(),
            display_name: display_name.into(),
            enabled,
            target: target.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Attrsyncsourceattributeconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attrsyncsourceattributeconfig {
    const NAME: &'static str = "Attrsyncsourceattributeconfig";

    #[inline]
    fn empty() -> Self {
        Attrsyncsourceattributeconfig {
            name: Default::default(),
            display_name: Default::default(),
            enabled: Default::default(),
            target: Default::default(),
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
                self.display_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::Flag)?,
            "target" => self.target = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
