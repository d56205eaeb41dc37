//! `Identityattributepreview`, from `apis/identity-profiles/schemas/identityattributepreview.yaml`.

use crate::models::Errormessagedtolist;

/// `Identityattributepreview` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityattributepreview {
    /// Name of the attribute that is being previewed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Value that was derived during the preview.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The value of the attribute before the preview.
    #[serde(rename = "previousValue", skip_serializing_if = "Option::is_none")]
    pub previous_value: Option<String>,
    /// A list of errors that may have been encountered.
    #[serde(rename = "errorMessages", skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Errormessagedtolist>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityattributepreview {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityattributepreview {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityattributepreview {
    const NAME: &'static str = "Identityattributepreview";

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
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "previousValue" => {
                self.previous_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "errorMessages" => self.error_messages = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
