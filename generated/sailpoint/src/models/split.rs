//! `Split`, from `apis/sources/schemas/split.yaml`.

use crate::models::{Input, Requiresperiodicrefresh};

/// `Split` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Split {
    /// This can be either a single character or a regex expression, and is used by the transform to identify the break point between two substrings in the incoming data
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub delimiter: String,
    /// An integer value for the desired array element after the incoming data has been split into a list; the array is a 0-based object, so the first array element would be index 0, the second element would be index 1, etc.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub index: String,
    /// A boolean (true/false) value which indicates whether an exception should be thrown and returned as an output when an index is out of bounds with the resultant array (i.e., the provided index value is larger than the size of the array)
    ///
    ///
    /// `true` - The transform should return "IndexOutOfBoundsException"
    ///
    ///
    /// `false` - The transform should return null
    ///
    ///
    /// If not provided, the transform will default to false and return a null
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throws: Option<bool>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Split {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(delimiter: impl Into<String>, index: impl Into<String>) -> Self {
        Split {
            delimiter: delimiter.into(),
            index: index.into(),
            throws: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Split {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Split {
    const NAME: &'static str = "Split";

    #[inline]
    fn empty() -> Self {
        Split {
            delimiter: Default::default(),
            index: Default::default(),
            throws: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "delimiter" => self.delimiter = map.next_value_seed(crate::lenient::Text)?,
            "index" => self.index = map.next_value_seed(crate::lenient::Text)?,
            "throws" => self.throws = map.next_value_seed(crate::lenient::FlagOption)?,
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map.next_value()?;
            }
            "input" => self.input = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
