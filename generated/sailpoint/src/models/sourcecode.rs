//! `Sourcecode`, from `apis/connector-rule-management/schemas/sourcecode.yaml`.

/// SourceCode
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcecode {
    /// the version of the code
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub version: String,
    /// The code
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub script: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcecode {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(version: impl Into<String>, script: impl Into<String>) -> Self {
        Sourcecode {
            version: version.into(),
            script: script.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sourcecode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcecode {
    const NAME: &'static str = "Sourcecode";

    #[inline]
    fn empty() -> Self {
        Sourcecode {
            version: Default::default(),
            script: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "version" => self.version = map.next_value_seed(crate::lenient::Text)?,
            "script" => self.script = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
