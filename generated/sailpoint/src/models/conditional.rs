//! `Conditional`, from `apis/sources/schemas/conditional.yaml`.

use crate::models::{Input, Requiresperiodicrefresh};

/// `Conditional` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Conditional {
    /// A comparison statement that follows the structure of `ValueA eq ValueB` where `ValueA` and `ValueB` are static strings or outputs of other transforms.
    ///
    /// The `eq` operator is the only valid comparison
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub expression: String,
    /// The output of the transform if the expression evalutes to true
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "positiveCondition")]
    pub positive_condition: String,
    /// The output of the transform if the expression evalutes to false
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "negativeCondition")]
    pub negative_condition: String,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Conditional {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        expression: impl Into<String>,
        positive_condition: impl Into<String>,
        negative_condition: impl Into<String>,
    ) -> Self {
        Conditional {
            expression: expression.into(),
            positive_condition: positive_condition.into(),
            negative_condition: negative_condition.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Conditional {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Conditional {
    const NAME: &'static str = "Conditional";

    #[inline]
    fn empty() -> Self {
        Conditional {
            expression: Default::default(),
            positive_condition: Default::default(),
            negative_condition: Default::default(),
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
            "positiveCondition" => {
                self.positive_condition = map.next_value_seed(crate::lenient::Text)?;
            }
            "negativeCondition" => {
                self.negative_condition = map.next_value_seed(crate::lenient::Text)?;
            }
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
