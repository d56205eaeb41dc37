//! `Firstvalid`, from `apis/sources/schemas/firstvalid.yaml`.

use crate::models::Requiresperiodicrefresh;

/// `Firstvalid` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Firstvalid {
    /// An array of attributes to evaluate for existence.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub values: Vec<serde_json::Map<String, serde_json::Value>>,
    /// a true or false value representing to move on to the next option if an error (like an Null Pointer Exception) were to occur.
    #[serde(rename = "ignoreErrors", skip_serializing_if = "Option::is_none")]
    pub ignore_errors: Option<bool>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Firstvalid {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(values: Vec<serde_json::Map<String, serde_json::Value>>) -> Self {
        Firstvalid {
            values,
            ignore_errors: None,
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Firstvalid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Firstvalid {
    const NAME: &'static str = "Firstvalid";

    #[inline]
    fn empty() -> Self {
        Firstvalid {
            values: Default::default(),
            ignore_errors: None,
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "values" => {
                self.values = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "ignoreErrors" => {
                self.ignore_errors = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
