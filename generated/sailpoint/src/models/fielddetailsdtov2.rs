//! `Fielddetailsdtov2`, from `apis/sources/schemas/fielddetailsdtov2.yaml`.

use crate::models::Fielddetailsdtov2Type;

/// `Fielddetailsdtov2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Fielddetailsdtov2 {
    /// The name of the attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The transform to apply to the field
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transform: Option<serde_json::Map<String, serde_json::Value>>,
    /// Attributes required for the transform
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Flag indicating whether or not the attribute is required.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "isRequired", skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    /// The type of the attribute.
    ///
    /// string: For text-based data.
    ///
    /// int: For whole numbers.
    ///
    /// long: For larger whole numbers.
    ///
    /// date: For date and time values.
    ///
    /// boolean: For true/false values.
    ///
    /// secret: For sensitive data like passwords, which will be masked and encrypted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Fielddetailsdtov2Type>,
    /// Flag indicating whether or not the attribute is multi-valued.
    #[serde(rename = "isMultiValued", skip_serializing_if = "Option::is_none")]
    pub is_multi_valued: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Fielddetailsdtov2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Fielddetailsdtov2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Fielddetailsdtov2 {
    const NAME: &'static str = "Fielddetailsdtov2";

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
            "transform" => self.transform = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "isRequired" => {
                self.is_required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "isMultiValued" => {
                self.is_multi_valued = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
