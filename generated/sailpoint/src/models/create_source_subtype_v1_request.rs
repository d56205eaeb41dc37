//! `CreateSourceSubtypeV1Request`, from `apis/machine-account-subtypes/paths/source-subtypes-v1.yaml#/post/requestBody/content/application~1json/schema`.

/// `CreateSourceSubtypeV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreateSourceSubtypeV1Request {
    /// ID of the source where subtype is created.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Technical name of the subtype.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "technicalName")]
    pub technical_name: String,
    /// Display name of the subtype.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Description of the subtype.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Type of the subtype.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateSourceSubtypeV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        source_id: impl Into<String>,
        technical_name: impl Into<String>,
        display_name: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        CreateSourceSubtypeV1Request {
            source_id: source_id.into(),
            technical_name: technical_name.into(),
            display_name: display_name.into(),
            description: description.into(),
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreateSourceSubtypeV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreateSourceSubtypeV1Request {
    const NAME: &'static str = "CreateSourceSubtypeV1Request";

    #[inline]
    fn empty() -> Self {
        CreateSourceSubtypeV1Request {
            source_id: Default::default(),
            technical_name: Default::default(),
            display_name: Default::default(),
            description: Default::default(),
            r#type: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            "technicalName" => {
                self.technical_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
