//! `Sectiondetails`, from `apis/work-items/schemas/sectiondetails.yaml`.

/// `Sectiondetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sectiondetails {
    /// Name of the FormItem
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Label of the section
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// List of FormItems. FormItems can be SectionDetails and/or FieldDetails
    #[serde(rename = "formItems", skip_serializing_if = "Option::is_none")]
    pub form_items: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sectiondetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sectiondetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sectiondetails {
    const NAME: &'static str = "Sectiondetails";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "label" => self.label = map.next_value_seed(crate::lenient::TextOption)?,
            "formItems" => self.form_items = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
