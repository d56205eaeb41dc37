//! `Servicedeskintegrationtemplatetype`, from `apis/service-desk-integration/schemas/servicedeskintegrationtemplatetype.yaml`.

/// This represents a Service Desk Integration template type.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Servicedeskintegrationtemplatetype {
    /// This is the name of the type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// This is the type value for the type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// This is the scriptName attribute value for the type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "scriptName")]
    pub script_name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Servicedeskintegrationtemplatetype {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: impl Into<String>, script_name: impl Into<String>) -> Self {
        Servicedeskintegrationtemplatetype {
            name: None,
            r#type: r#type.into(),
            script_name: script_name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Servicedeskintegrationtemplatetype {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Servicedeskintegrationtemplatetype {
    const NAME: &'static str = "Servicedeskintegrationtemplatetype";

    #[inline]
    fn empty() -> Self {
        Servicedeskintegrationtemplatetype {
            name: None,
            r#type: Default::default(),
            script_name: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "scriptName" => self.script_name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
