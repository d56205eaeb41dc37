//! `Taskreturndetails`, from `apis/shared/schemas/taskreturndetails.yaml`.

/// Task return details
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Taskreturndetails {
    /// Display name of the TaskReturnDetails
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Attribute the TaskReturnDetails is for
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Taskreturndetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, attribute_name: impl Into<String>) -> Self {
        Taskreturndetails {
            name: name.into(),
            attribute_name: attribute_name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Taskreturndetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Taskreturndetails {
    const NAME: &'static str = "Taskreturndetails";

    #[inline]
    fn empty() -> Self {
        Taskreturndetails {
            name: Default::default(),
            attribute_name: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
