//! `Nonemployeeschemaattribute`, from `apis/non-employee-lifecycle-management/schemas/nonemployeeschemaattribute.yaml`.

use crate::models::Nonemployeeschemaattributetype;

/// `Nonemployeeschemaattribute` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeeschemaattribute {
    /// Schema Attribute Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// True if this schema attribute is mandatory on all non-employees sources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<bool>,
    /// When the schema attribute was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the schema attribute was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Nonemployeeschemaattributetype>,
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

impl Nonemployeeschemaattribute {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: Nonemployeeschemaattributetype,
        label: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> Self {
        Nonemployeeschemaattribute {
            id: None,
            system: None,
            modified: None,
            created: None,
            r#type: Some(r#type),
            label: label.into(),
            technical_name: technical_name.into(),
            help_text: None,
            placeholder: None,
            required: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeeschemaattribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeeschemaattribute {
    const NAME: &'static str = "Nonemployeeschemaattribute";

    #[inline]
    fn empty() -> Self {
        Nonemployeeschemaattribute {
            id: None,
            system: None,
            modified: None,
            created: None,
            r#type: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "system" => self.system = map.next_value_seed(crate::lenient::FlagOption)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "type" => self.r#type = map.next_value()?,
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
