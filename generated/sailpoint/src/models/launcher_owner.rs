//! `LauncherOwner`, from `apis/launchers/schemas/launcher.yaml#/properties/owner`.

/// Owner of the Launcher
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LauncherOwner {
    /// Owner type
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Owner ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LauncherOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: impl Into<String>, id: impl Into<String>) -> Self {
        LauncherOwner {
            r#type: r#type.into(),
            id: id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for LauncherOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for LauncherOwner {
    const NAME: &'static str = "LauncherOwner";

    #[inline]
    fn empty() -> Self {
        LauncherOwner {
            r#type: Default::default(),
            id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
