//! `Datemath`, from `apis/sources/schemas/datemath.yaml`.

use crate::models::{Input, Requiresperiodicrefresh};

/// `Datemath` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Datemath {
    /// A string value of the date and time components to operation on, along with the math operations to execute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub expression: String,
    /// A boolean value to indicate whether the transform should round up or down when a rounding `/` operation is defined in the expression.
    ///
    ///
    /// If not provided, the transform will default to `false`
    ///
    ///
    /// `true` indicates the transform should round up (i.e., truncate the fractional date/time component indicated and then add one unit of that component)
    ///
    ///
    /// `false` indicates the transform should round down (i.e., truncate the fractional date/time component indicated)
    #[serde(rename = "roundUp", skip_serializing_if = "Option::is_none")]
    pub round_up: Option<bool>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Datemath {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(expression: impl Into<String>) -> Self {
        Datemath {
            expression: expression.into(),
            round_up: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Datemath {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Datemath {
    const NAME: &'static str = "Datemath";

    #[inline]
    fn empty() -> Self {
        Datemath {
            expression: Default::default(),
            round_up: None,
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
            "expression" => self.expression = map.next_value_seed(crate::lenient::Text)?,
            "roundUp" => self.round_up = map.next_value_seed(crate::lenient::FlagOption)?,
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
