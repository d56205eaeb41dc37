//! `Referenceresponse`, from `apis/sod-violations/schemas/referenceresponse.yaml`.

/// Response reference: required id and type; optional name when display metadata resolves (omitted if not).
/// For request bodies use ReferenceInput (id and type only).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Referenceresponse {
    /// The unique identifier of the referenced object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Optional display name when metadata resolves. Omitted when unknown or not resolvable.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the referenced object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Referenceresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
        Referenceresponse {
            id: id.into(),
            name: None,
            r#type: r#type.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Referenceresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Referenceresponse {
    const NAME: &'static str = "Referenceresponse";

    #[inline]
    fn empty() -> Self {
        Referenceresponse {
            id: Default::default(),
            name: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
