//! `Vehicle`, from `openapi.yaml#/components/schemas/Vehicle`.

use crate::models::{Bike, Car};

/// A car or a bike, named by `kind` (a discriminator with one mapped name).
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `kind` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Vehicle::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Vehicle {
    Car(Car),
    Bike(Bike),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("kind", false, crate::union::ANY, &[]),
            crate::union::Member::new("wheels", false, crate::union::NUMBER, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("kind", &["car"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("kind", false, crate::union::ANY, &[]),
            crate::union::Member::new("wheels", false, crate::union::NUMBER, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("kind", &["Bike"])),
    }),
];

impl<'de> serde::Deserialize<'de> for Vehicle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => <Car as serde::Deserialize>::deserialize(&value).map(Vehicle::Car),
                1 => <Bike as serde::Deserialize>::deserialize(&value).map(Vehicle::Bike),
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Vehicle::Other(value))
    }
}

impl From<Car> for Vehicle {
    fn from(value: Car) -> Self {
        Vehicle::Car(value)
    }
}

impl From<Bike> for Vehicle {
    fn from(value: Bike) -> Self {
        Vehicle::Bike(value)
    }
}
