//! `Machineclassificationcriterialevel1`, from `apis/machine-classification-config/schemas/machineclassificationcriterialevel1.yaml`.

use crate::models::{
    Machineclassificationcriterialevel2, Machineclassificationcriteriaoperation,
};

/// `Machineclassificationcriterialevel1` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineclassificationcriterialevel1 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<Machineclassificationcriteriaoperation>,
    /// Indicates whether case matters when evaluating the criteria
    #[serde(rename = "caseSensitive", skip_serializing_if = "Option::is_none")]
    pub case_sensitive: Option<bool>,
    /// The data type of the attribute being evaluated
    #[serde(rename = "dataType", skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// The attribute to evaluate in the classification criteria
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// The value to compare against the attribute in the classification criteria
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// An array of child classification criteria objects
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Machineclassificationcriterialevel2>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineclassificationcriterialevel1 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineclassificationcriterialevel1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineclassificationcriterialevel1 {
    const NAME: &'static str = "Machineclassificationcriterialevel1";

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
            "operation" => self.operation = map.next_value()?,
            "caseSensitive" => {
                self.case_sensitive = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "dataType" => {
                self.data_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "children" => self.children = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
