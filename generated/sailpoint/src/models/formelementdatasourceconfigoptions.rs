//! `Formelementdatasourceconfigoptions`, from `apis/custom-forms/schemas/formelementdatasourceconfigoptions.yaml`.

/// `Formelementdatasourceconfigoptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formelementdatasourceconfigoptions {
    /// Label is the main label to display to the user when selecting this option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// SubLabel is the sub label to display below the label in diminutive styling to help describe or identify this option
    #[serde(rename = "subLabel", skip_serializing_if = "Option::is_none")]
    pub sub_label: Option<String>,
    /// Value is the value to save as an entry when the user selects this option
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formelementdatasourceconfigoptions {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formelementdatasourceconfigoptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formelementdatasourceconfigoptions {
    const NAME: &'static str = "Formelementdatasourceconfigoptions";

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
            "label" => self.label = map.next_value_seed(crate::lenient::TextOption)?,
            "subLabel" => {
                self.sub_label = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
