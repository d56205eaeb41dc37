//! `Formdetails`, from `apis/work-items/schemas/formdetails.yaml`.

use crate::models::Sectiondetails;

/// `Formdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formdetails {
    /// ID of the form
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the form
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The form title
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The form subtitle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The name of the user that should be shown this form
    #[serde(rename = "targetUser", skip_serializing_if = "Option::is_none")]
    pub target_user: Option<String>,
    /// Sections of the form
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<Sectiondetails>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formdetails {
    const NAME: &'static str = "Formdetails";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "title" => self.title = map.next_value_seed(crate::lenient::TextOption)?,
            "subtitle" => {
                self.subtitle = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "targetUser" => {
                self.target_user = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sections" => self.sections = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
