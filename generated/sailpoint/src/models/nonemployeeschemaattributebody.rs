//! `Nonemployeeschemaattributebody`, from `apis/non-employee-lifecycle-management/schemas/nonemployeeschemaattributebody.yaml`.

/// `Nonemployeeschemaattributebody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeeschemaattributebody {
    /// Type of the attribute. Only type 'TEXT' is supported for custom attributes.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Label displayed on the UI for this schema attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub label: String,
    /// The technical name of the attribute. Must be unique per source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "technicalName")]
    pub technical_name: String,
    /// help text displayed by UI.
    #[serde(rename = "helpText", skip_serializing_if = "Option::is_none")]
    pub help_text: Option<String>,
    /// Hint text that fills UI box.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// If true, the schema attribute is required for all non-employees in the source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeeschemaattributebody {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: impl Into<String>,
        label: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> Self {
        Nonemployeeschemaattributebody {
            r#type: r#type.into(),
            label: label.into(),
            technical_name: technical_name.into(),
            help_text: None,
            placeholder: None,
            required: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeeschemaattributebody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeeschemaattributebody {
    const NAME: &'static str = "Nonemployeeschemaattributebody";

    #[inline]
    fn empty() -> Self {
        Nonemployeeschemaattributebody {
            r#type: Default::default(),
            label: Default::default(),
            technical_name: Default::default(),
            help_text: None,
            placeholder: None,
            required: None,
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
            "label" => self.label = map.next_value_seed(crate::lenient::Text)?,
            "technicalName" => {
                self.technical_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "helpText" => {
                self.help_text = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "placeholder" => {
                self.placeholder = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "required" => {
                self.required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
