//! `Machineclassificationconfig`, from `apis/machine-classification-config/schemas/machineclassificationconfig.yaml`.

use crate::models::Machineclassificationconfig2;

/// `Machineclassificationconfig` as the spec defines it.
pub type Machineclassificationconfig = Machineclassificationconfig2;
