//! `Updateidentitycollectorrequest`, from `apis/data-access-security/schemas/updateidentitycollectorrequest.yaml`.

/// `Updateidentitycollectorrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Updateidentitycollectorrequest {
    /// The display name of the identity collector. Must be unique within the tenant.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The identifier of the associated source, represented as a UUID. Both hyphenated and non-hyphenated formats are accepted. This value cannot be modified for an existing identity collector and must match the current value.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// The identity collector type. This value cannot be modified for an existing identity collector and must match the current value.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Updateidentitycollectorrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        source_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Updateidentitycollectorrequest {
            name: name.into(),
            source_id: source_id.into(),
            r#type: r#type.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Updateidentitycollectorrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Updateidentitycollectorrequest {
    const NAME: &'static str = "Updateidentitycollectorrequest";

    #[inline]
    fn empty() -> Self {
        Updateidentitycollectorrequest {
            name: Default::default(),
            source_id: Default::default(),
            r#type: Default::default(),
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
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
