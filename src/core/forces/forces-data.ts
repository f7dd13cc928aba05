/**
 * The 43 territorial police forces of England and Wales: their Regional Organised Crime Unit (Section 22A
 * collaboration), Home Office region, and police officer FTE at 31 March 2019.
 *
 * Source of the FTE figures: Home Office, "Police workforce, England and Wales, 31 March 2019", officer FTE by force
 * (Open Government Licence v3.0). The 43 sum to 123,170.86 FTE. The figures are dated: the product labels them with
 * that date and lets users enter current figures. Copied from data/forces.csv in this repository.
 */
export interface ForceRecord {
  force: string;
  rocu: string;
  region: string;
  officerFte: number;
}

export const OFFICER_FTE_DATE = "2019-03-31";
export const OFFICER_FTE_SOURCE = "Home Office, Police workforce, England and Wales, 31 March 2019 (OGL v3.0)";

export const FORCES: readonly ForceRecord[] = [
  { force: "Cleveland", rocu: "NEROCU (North East)", region: "North East", officerFte: 1198.27 },
  { force: "Durham", rocu: "NEROCU (North East)", region: "North East", officerFte: 1117.9794 },
  { force: "Northumbria", rocu: "NEROCU (North East)", region: "North East", officerFte: 3081.42 },
  { force: "Cheshire", rocu: "NWROCU (North West)", region: "North West", officerFte: 2006.36 },
  { force: "Cumbria", rocu: "NWROCU (North West)", region: "North West", officerFte: 1160.06 },
  { force: "Greater Manchester", rocu: "NWROCU (North West)", region: "North West", officerFte: 6443.59 },
  { force: "Lancashire", rocu: "NWROCU (North West)", region: "North West", officerFte: 2895.35 },
  { force: "Merseyside", rocu: "NWROCU (North West)", region: "North West", officerFte: 3395.87 },
  { force: "North Wales", rocu: "NWROCU (North West)", region: "Wales", officerFte: 1458.32 },
  { force: "Humberside", rocu: "YHROCU (Yorkshire and the Humber)", region: "Yorkshire and the Humber", officerFte: 1889.18 },
  { force: "North Yorkshire", rocu: "YHROCU (Yorkshire and the Humber)", region: "Yorkshire and the Humber", officerFte: 1376.65 },
  { force: "South Yorkshire", rocu: "YHROCU (Yorkshire and the Humber)", region: "Yorkshire and the Humber", officerFte: 2369.69 },
  { force: "West Yorkshire", rocu: "YHROCU (Yorkshire and the Humber)", region: "Yorkshire and the Humber", officerFte: 5136.60275 },
  { force: "Derbyshire", rocu: "EMSOU (East Midlands)", region: "East Midlands", officerFte: 1766.57875 },
  { force: "Leicestershire", rocu: "EMSOU (East Midlands)", region: "East Midlands", officerFte: 1828.97875 },
  { force: "Lincolnshire", rocu: "EMSOU (East Midlands)", region: "East Midlands", officerFte: 1096.01 },
  { force: "Northamptonshire", rocu: "EMSOU (East Midlands)", region: "East Midlands", officerFte: 1187.27 },
  { force: "Nottinghamshire", rocu: "EMSOU (East Midlands)", region: "East Midlands", officerFte: 1935.969 },
  { force: "Staffordshire", rocu: "ROCUWM (West Midlands)", region: "West Midlands", officerFte: 1567.37 },
  { force: "Warwickshire", rocu: "ROCUWM (West Midlands)", region: "West Midlands", officerFte: 816.9 },
  { force: "West Mercia", rocu: "ROCUWM (West Midlands)", region: "West Midlands", officerFte: 1988.6 },
  { force: "West Midlands", rocu: "ROCUWM (West Midlands)", region: "West Midlands", officerFte: 6494.7 },
  { force: "Bedfordshire", rocu: "ERSOU (Eastern)", region: "Eastern", officerFte: 1163.92 },
  { force: "Cambridgeshire", rocu: "ERSOU (Eastern)", region: "Eastern", officerFte: 1446.72 },
  { force: "Essex", rocu: "ERSOU (Eastern)", region: "Eastern", officerFte: 3070.9465 },
  { force: "Hertfordshire", rocu: "ERSOU (Eastern)", region: "Eastern", officerFte: 2008.667 },
  { force: "Kent", rocu: "ERSOU (Eastern)", region: "South East", officerFte: 3552.5702 },
  { force: "Norfolk", rocu: "ERSOU (Eastern)", region: "Eastern", officerFte: 1609.12 },
  { force: "Suffolk", rocu: "ERSOU (Eastern)", region: "Eastern", officerFte: 1172.08 },
  { force: "Hampshire", rocu: "SEROCU (South East)", region: "South East", officerFte: 2697.224 },
  { force: "Surrey", rocu: "SEROCU (South East)", region: "South East", officerFte: 1881.54 },
  { force: "Sussex", rocu: "SEROCU (South East)", region: "South East", officerFte: 2628.64875 },
  { force: "Thames Valley", rocu: "SEROCU (South East)", region: "South East", officerFte: 4149.23 },
  { force: "Avon & Somerset", rocu: "SWROCU (South West)", region: "South West", officerFte: 2676.09 },
  { force: "Devon & Cornwall", rocu: "SWROCU (South West)", region: "South West", officerFte: 2999.74 },
  { force: "Dorset", rocu: "SWROCU (South West)", region: "South West", officerFte: 1223.24 },
  { force: "Gloucestershire", rocu: "SWROCU (South West)", region: "South West", officerFte: 1073.00185 },
  { force: "Wiltshire", rocu: "SWROCU (South West)", region: "South West", officerFte: 992.1 },
  { force: "Dyfed-Powys", rocu: "TARIAN (Southern Wales)", region: "Wales", officerFte: 1144.69 },
  { force: "Gwent", rocu: "TARIAN (Southern Wales)", region: "Wales", officerFte: 1308.43 },
  { force: "South Wales", rocu: "TARIAN (Southern Wales)", region: "Wales", officerFte: 2986.47 },
  { force: "Metropolitan Police", rocu: "London (MPS and City)", region: "London", officerFte: 30435.49 },
  { force: "City of London", rocu: "London (MPS and City)", region: "London", officerFte: 739.22 },
];
