//! `Intelmachineentityref`, from `apis/intelligence/schemas/intelmachineentityref.yaml`.

/// Typed id and name reference for owners, machine identities, and authorized humans.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelmachineentityref {
    /// Reference type label from upstream (for example IDENTITY or MACHINE_IDENTITY).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Referenced object identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Display name for the referenced identity or entity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Email for authorized human holders when available upstream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelmachineentityref {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: impl Into<String>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Intelmachineentityref {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            email: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelmachineentityref {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelmachineentityref {
    const NAME: &'static str = "Intelmachineentityref";

    #[inline]
    fn empty() -> Self {
        Intelmachineentityref {
            r#type: Default::default(),
            id: Default::default(),
            name: Default::default(),
            email: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
